BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"4n,37",
"special":"18,1,e,15,46,o",
"speciale":"2s,i,26,2b"
});
