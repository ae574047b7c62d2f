BRIEFINGS_SEARCH_WORDS("you",{
"young":"67,1s"
});
