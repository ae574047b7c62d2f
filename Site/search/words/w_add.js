BRIEFINGS_SEARCH_WORDS("add",{
"added":"7g",
"adding":"4s,2k,7,3",
"additionnel":"2o,j,43"
});
