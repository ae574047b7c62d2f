BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"65,16",
"employe":"4f,33;4f",
"empruntees":"5d,21",
"emptied":"7j"
});
