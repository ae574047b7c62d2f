BRIEFINGS_SEARCH_WORDS("sen",{
"send":"4u,2z",
"sending":"67,1e;67",
"senegal":"7v",
"senior":"5u,1v",
"sens":"3k,4f",
"sent":"7s,5"
});
