BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"65,19",
"employe":"4f,36;4f",
"empruntees":"5d,24",
"emptied":"7m"
});
