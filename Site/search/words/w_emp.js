BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"6f,1a",
"employe":"4k,3c;4k",
"empruntees":"5j,29",
"emptied":"7x"
});
