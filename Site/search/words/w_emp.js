BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"66,16",
"employe":"4g,33;4g",
"empruntees":"5e,21",
"emptied":"7k"
});
