BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4p,2t",
"sending":"7a",
"senegal":"7k",
"senior":"5i,1w",
"sens":"3k,44",
"sent":"7h,5"
});
