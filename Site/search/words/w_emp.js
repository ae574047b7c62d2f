BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"65,16",
"employe":"4g,32;4g",
"empruntees":"5d,21",
"emptied":"7j"
});
