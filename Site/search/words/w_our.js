BRIEFINGS_SEARCH_WORDS("our",{
"our":"4u,2m"
});
