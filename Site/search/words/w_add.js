BRIEFINGS_SEARCH_WORDS("add",{
"added":"7d",
"adding":"4s,2h,7,3",
"additionnel":"2p,j,3k,f;6s"
});
