BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7x",
"adversaires":"3e,4l;3e",
"advisers":"1l,6c",
"advisors":"1l"
});
