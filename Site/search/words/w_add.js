BRIEFINGS_SEARCH_WORDS("add",{
"added":"7e",
"adding":"4t,2h,7,3",
"additionnel":"2p,j,40"
});
