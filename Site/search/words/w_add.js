BRIEFINGS_SEARCH_WORDS("add",{
"added":"7o",
"adding":"4x,2n,7,3",
"additionnel":"2o,j,4b"
});
