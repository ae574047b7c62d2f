BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4o,2t",
"sending":"79",
"senegal":"7j",
"senior":"5h,1w",
"sens":"3k,43",
"sent":"7g,5"
});
