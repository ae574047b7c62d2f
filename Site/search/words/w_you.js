BRIEFINGS_SEARCH_WORDS("you",{
"young":"5q,21"
});
