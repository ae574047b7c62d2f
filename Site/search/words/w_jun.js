BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"5c,2q"
});
