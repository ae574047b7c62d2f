BRIEFINGS_SEARCH_WORDS("you",{
"young":"5l,1s"
});
