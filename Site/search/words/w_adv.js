BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"87",
"adversaires":"40,49;40",
"advisers":"1l,6m",
"advisors":"1l"
});
