BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"6r,16",
"employe":"52,32;52",
"empruntees":"5z,21",
"emptied":"85"
});
