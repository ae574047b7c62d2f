BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"4n,36;4n",
"special":"18,1,e,15,46,n;6y",
"speciale":"2s,i,26,2a;5g"
});
