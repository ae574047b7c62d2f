BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4m,2w",
"sending":"7a",
"senegal":"7k",
"senior":"5m,1s",
"sens":"3j,45",
"sent":"7h,5"
});
