BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"4q,2q"
});
