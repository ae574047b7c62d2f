BRIEFINGS_SEARCH_WORDS("add",{
"added":"7p",
"adding":"4y,2n,7,3",
"additionnel":"2o,j,4c"
});
