BRIEFINGS_SEARCH_WORDS("you",{
"young":"5i,1w"
});
