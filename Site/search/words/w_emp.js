BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"63,19",
"employe":"4e,35;4e",
"empruntees":"5b,24",
"emptied":"7k"
});
