BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7y",
"adversaires":"3e,4m;3e",
"advisers":"1l,6d",
"advisors":"1l"
});
