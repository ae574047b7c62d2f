BRIEFINGS_SEARCH_WORDS("you",{
"young":"5m,1s"
});
