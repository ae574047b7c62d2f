BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"4r,2q"
});
