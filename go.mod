module github.com/nec-analyse/nec-analyse

go 1.26.8
