BRIEFINGS_SEARCH_WORDS("add",{
"added":"7e",
"adding":"4q,2k,7,3",
"additionnel":"2o,j,41"
});
