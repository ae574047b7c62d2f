BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7m",
"adversaires":"3d,4b;3d",
"advisers":"1l,61",
"advisors":"1l"
});
