BRIEFINGS_SEARCH_WORDS("you",{
"young":"5p,1z"
});
