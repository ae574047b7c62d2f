BRIEFINGS_SEARCH_WORDS("jun",{
"junction":"4v,2w"
});
