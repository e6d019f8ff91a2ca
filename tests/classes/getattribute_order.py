# Attribute lookup order: data descriptors (property), then instance dict, then class.
class C:
    attr = 'class attr'
    @property
    def prop(self):
        return 'property wins'
c = C()
c.__dict__['prop'] = 'instance dict'
c.__dict__['attr'] = 'instance attr'
print(c.prop, c.attr, C.attr)
del c.attr
print(c.attr)
