BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"7h",
"special":"18,1,e,16,3s,o;6l",
"speciale":"2t,i,1z,24"
});
