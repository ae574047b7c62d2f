BRIEFINGS_SEARCH_WORDS("adv",{
"advanced":"7l",
"adversaires":"3e,49;3e",
"advisers":"1l,60",
"advisors":"1l"
});
