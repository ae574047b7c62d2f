BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7w",
"adversaires":"3e,4k;3e",
"advisers":"1l,6b",
"advisors":"1l"
});
