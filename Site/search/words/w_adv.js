BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7o",
"adversaires":"3d,4d;3d",
"advisers":"1l,63",
"advisors":"1l"
});
