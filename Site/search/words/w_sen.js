BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4o,2w",
"sending":"7c",
"senegal":"7m",
"senior":"5h,1z",
"sens":"3j,47",
"sent":"7j,5"
});
