# Probes, fifth battery: a float where one of the receiver's possible types needs an int.


def pop_float_open_receiver(xs):
    y = 2.0
    return xs.pop(y)  # a list: TypeError, 2.0 too; the runtime would pop index 2
# expect: CP121 6:19


def pop_float_literal_open_receiver(xs):
    return xs.pop(1.0)
# expect: CP121 11:19
