BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"7k",
"special":"18,1,e,15,3x,n;6p",
"speciale":"2s,i,20,27;5a"
});
