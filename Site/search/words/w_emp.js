BRIEFINGS_SEARCH_WORDS("emp",{
"empecher":"6d,19",
"employe":"4j,3a;4j",
"empruntees":"5i,27",
"emptied":"7u"
});
