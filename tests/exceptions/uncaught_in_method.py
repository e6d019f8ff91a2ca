# Traceback through methods and a lambda.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError('insufficient funds: %d > %d' % (amount, self.balance))
        self.balance -= amount
acc = Account(10)
acc.withdraw(3)
print('balance', acc.balance)
apply = lambda f: f(100)
apply(acc.withdraw)
