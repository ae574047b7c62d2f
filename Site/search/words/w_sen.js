BRIEFINGS_SEARCH_WORDS("sen",{
"send":"5a,2t",
"sending":"7v",
"senegal":"85",
"senior":"63,1w",
"sens":"46,43",
"sent":"82,5"
});
