BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7m",
"adversaires":"3e,4a;3e",
"advisers":"1l,61",
"advisors":"1l"
});
