BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"6e,19",
"employe":"4k,3a;4k",
"empruntees":"5j,27",
"emptied":"7v"
});
