BRIEFINGS_SEARCH_WORDS("add",{
"added":"7r",
"adding":"4y,2p,7,3",
"additionnel":"2o,j,4e"
});
