BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"6e,1a",
"employe":"4k,3b;4k",
"empruntees":"5j,28",
"emptied":"7w"
});
