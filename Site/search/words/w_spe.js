BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"4m,36;4m",
"special":"18,1,e,15,45,n;6x",
"speciale":"2s,i,25,2a;5f"
});
