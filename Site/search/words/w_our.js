BRIEFINGS_SEARCH_WORDS("our",{
"our":"5g,2m"
});
