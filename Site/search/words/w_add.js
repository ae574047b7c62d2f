BRIEFINGS_SEARCH_WORDS("add",{
"added":"7q",
"adding":"4y,2o,7,3",
"additionnel":"2o,j,4d"
});
